/** The one Jackson configuration for domain records (API and store). Imports JDK, Jackson, shared. */
package org.onewindow.codec;
