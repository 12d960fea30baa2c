/**
 * The {@code amqp} adapter: publishes each delivery to a RabbitMQ exchange with a routing key,
 * as a persistent, mandatory message with publisher confirms; a delivery counts as delivered
 * only once the broker confirmed it (and did not return it as unroutable). Uses the RabbitMQ
 * Java client on one worker thread per connector. Imports {@code connector} and
 * {@code com.rabbitmq.client}.
 */
package org.onewindow.connector.amqp;
