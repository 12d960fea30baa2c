/** Wiring only: {@code Main} reads the configuration, {@code OneWindow} builds and runs a node. */
package org.onewindow;
