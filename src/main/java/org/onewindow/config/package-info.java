/** {@code AppConfig}: defaults, YAML file, environment and flags, validated once. Imports JDK, Jackson, shared. */
package org.onewindow.config;
