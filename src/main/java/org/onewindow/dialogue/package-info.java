/** The turn's decision as a pure function. Imports JDK, shared and the knowledge/process domain APIs; no Vert.x. */
package org.onewindow.dialogue;
