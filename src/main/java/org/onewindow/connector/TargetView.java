package org.onewindow.connector;

/** A submission's status at one connector: that connector's latest version. */
public record TargetView(String connectorId, int version, TargetStatus status, String comment) {}
