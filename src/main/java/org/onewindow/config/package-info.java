/** {@code AppConfig}: defaults, YAML file, environment and flags, validated once. Imports JDK and Jackson. */
package org.onewindow.config;
