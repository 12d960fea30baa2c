/**
 * Running several OneWindow nodes as one service: the clustered {@code Vertx} (Hazelcast, joined
 * by explicit TCP/IP members), and the cluster-wide eviction of cached conversation state. May
 * depend on {@code io.vertx}, Hazelcast, {@code config} and the {@code conversation} service it
 * keeps coherent; nothing outside {@code org.onewindow.OneWindow} depends on it.
 */
package org.onewindow.cluster;
