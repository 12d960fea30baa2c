/**
 * Wiring only: {@code Main} reads the configuration, {@code OneWindow} builds and runs a node. The
 * one package that may import every other one and names the concrete adapters, the store and the
 * cluster. What each package may depend on is the table in the test {@code HouseRules}.
 *
 * <p>A node is a list of {@code Module}s, each a small part with a start/stop lifecycle (the store,
 * the connectors, the processes, the knowledge base, the conversations, the channels, staff,
 * privacy, handoff, HTTP, the content reloads) that hands its routes only what they use;
 * {@code Modules} starts them in order, stops them in reverse and, when one fails to start, stops
 * those before it. Behaviour belongs in the packages; what is here connects them.
 */
package org.onewindow;
