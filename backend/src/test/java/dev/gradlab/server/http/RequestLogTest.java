package dev.gradlab.server.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RequestLogTest {
    @Test
    void aRequestIsOneLineOfKeyValuePairs() {
        assertEquals("method=POST path=/api/run status=400 ms=3.1", RequestLog.line("POST", "/api/run", 400, 3.14f));
    }

    @Test
    void aPathWithSpacesOrQuotesIsQuoted() {
        assertEquals("method=GET path=\"/api/a b\\\"c\" status=404 ms=0.0", RequestLog.line("GET", "/api/a b\"c", 404, 0f));
    }
}
