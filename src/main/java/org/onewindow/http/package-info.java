/**
 * The HTTP verticle: router assembly, body limits, CORS, the one JSON failure handler and the
 * {@code …Routes} classes, each given only what it uses ({@code HttpApi}); the health checks of
 * {@code GET /health}. Imports vertx-web and what it mounts.
 */
package org.onewindow.http;
