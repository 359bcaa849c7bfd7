package org.inkstone.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The open pages' Server-Sent-Events connections ({@code /events}): each build that ends is sent to all
 * of them as one {@code data:} line of JSON; a connection that fails to take a message is dropped.
 */
final class EventStream {
    private final List<HttpExchange> clients = new CopyOnWriteArrayList<>();

    /** Answers {@code /events}: headers, then the exchange stays open for {@link #send}. */
    void open(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        synchronized (this) {
            body.write("retry: 500\n: connected\n\n".getBytes(StandardCharsets.UTF_8));
            body.flush();
            clients.add(exchange);
        }
    }

    /** Sends one message ({@code data: json}) to every open page. */
    synchronized void send(String json) {
        write("data: " + json + "\n\n");
    }

    /** A comment line, so that connections closed by their pages are noticed and dropped. */
    synchronized void heartbeat() {
        write(": keep-alive\n\n");
    }

    int openCount() {
        return clients.size();
    }

    /** Ends every connection (the server is stopping). */
    synchronized void closeAll() {
        for (HttpExchange c : clients) c.close();
        clients.clear();
    }

    private void write(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (HttpExchange c : clients) {
            try {
                OutputStream body = c.getResponseBody();
                body.write(bytes);
                body.flush();
            } catch (IOException e) {
                clients.remove(c);
                c.close();
            }
        }
    }
}
