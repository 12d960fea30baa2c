package org.onewindow;
public final class Main { public static void main(String[] a) {} }
