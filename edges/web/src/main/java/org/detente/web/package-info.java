/**
 * The web workbench: {@link org.detente.web.WebServer} started with {@link org.detente.web.WebOptions}
 * is the whole API of the web module; the routes, their request readers and their response records
 * are package-private. {@link org.detente.web.store} is the server's store (public for this package
 * only).
 */
package org.detente.web;
