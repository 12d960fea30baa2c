/**
 * Wiring only: {@code Main} reads the configuration, {@code OneWindow} builds and runs a node. The
 * one package that may import every other one and names the concrete adapters, the store and the
 * cluster. What each package may depend on is the table in the test {@code HouseRules}.
 */
package org.onewindow;
