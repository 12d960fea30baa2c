/**
 * The HTTP verticle: router assembly, body limits, CORS, the one JSON failure handler and the
 * {@code …Routes} classes. Imports vertx-web and what it mounts.
 */
package org.onewindow.http;
