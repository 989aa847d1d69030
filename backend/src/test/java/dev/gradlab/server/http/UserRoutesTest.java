package dev.gradlab.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradlab.server.LoggedIn;
import dev.gradlab.server.RunningServer;
import dev.gradlab.server.ServerTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UserRoutesTest extends ServerTest {
    static LoggedIn instructor;

    @BeforeAll
    static void users() {
        server.server().accounts().create("grace", "hopper-1906", "instructor");
        server.server().accounts().create("ada", "lovelace-1815", "student");
        instructor = LoggedIn.as(server, "grace", "hopper-1906");
    }

    static JsonNode error(HttpResponse<String> r) {
        return RunningServer.json(r).path("error");
    }

    @Test
    void anInstructorCreatesAStudentWhoCanThenLogIn() {
        HttpResponse<String> r = instructor.post("/api/users", "{\"username\": \"alan\", \"password\": \"turing-1912\"}");
        assertEquals(201, r.statusCode(), r.body());
        assertEquals("student", RunningServer.json(r).path("role").asText());
        assertEquals("student", LoggedIn.as(server, "alan", "turing-1912").getJson("/api/me").path("role").asText());
    }

    @Test
    void aStudentMayNotCreateUsers() {
        LoggedIn ada = LoggedIn.as(server, "ada", "lovelace-1815");
        HttpResponse<String> r = ada.post("/api/users", "{\"username\": \"friend\", \"password\": \"12345678\"}");
        assertEquals(403, r.statusCode());
        assertEquals("forbidden", error(r).path("code").asText());
    }

    @Test
    void creatingUsersWithoutLoggingInIs401() {
        assertEquals(401, server.post("/api/users", "{\"username\": \"x\", \"password\": \"12345678\"}").statusCode());
    }

    @Test
    void aShortPasswordIs400NamingThePasswordField() {
        HttpResponse<String> r = instructor.post("/api/users", "{\"username\": \"bob\", \"password\": \"short\"}");
        assertEquals(400, r.statusCode());
        assertEquals("password", error(r).path("field").asText());
    }

    @Test
    void anUnknownRoleIs400NamingTheRoleField() {
        HttpResponse<String> r = instructor.post("/api/users",
                "{\"username\": \"bob\", \"password\": \"12345678\", \"role\": \"admin\"}");
        assertEquals(400, r.statusCode());
        assertEquals("role", error(r).path("field").asText());
    }

    @Test
    void aTakenUsernameIs409() {
        HttpResponse<String> r = instructor.post("/api/users", "{\"username\": \"ada\", \"password\": \"12345678\"}");
        assertEquals(409, r.statusCode());
        assertEquals("duplicate_user", error(r).path("code").asText());
    }

    @Test
    void aCsvUploadCreatesTheGoodLinesAndReportsTheBadOnesByLineNumber() {
        String csv = "username,password,role\n"
                + "carl,gauss-1777,\n"
                + "bad name,whatever-123,\n"
                + "emmy,noether-1882,instructor\n"
                + "ada,already-there,student\n";
        HttpResponse<String> r = instructor.post("/api/users", "text/csv", csv, instructor.csrf());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = RunningServer.json(r);
        assertEquals(2, body.path("created").size(), r.body());
        assertEquals("carl", body.path("created").get(0).path("username").asText());
        assertEquals("student", body.path("created").get(0).path("role").asText());
        assertEquals("instructor", body.path("created").get(1).path("role").asText());
        JsonNode errors = body.path("errors");
        assertEquals(2, errors.size(), r.body());
        assertEquals(3, errors.get(0).path("line").asInt());
        assertEquals("username", errors.get(0).path("field").asText());
        assertEquals(5, errors.get(1).path("line").asInt());
        assertEquals(200, LoggedIn.login(server, "emmy", "noether-1882").statusCode());
    }

    @Test
    void aCsvWithoutTheHeaderIs400() {
        HttpResponse<String> r = instructor.post("/api/users", "text/csv", "carl,gauss-1777\n", instructor.csrf());
        assertEquals(400, r.statusCode());
    }
}
