package nl.openbaar.api.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens are stored only as their SHA-256 hash and sign in the member they were created for. */
class TokenStoreTest {
    @TempDir
    Path staff;

    @Test
    void aCreatedTokenSignsInItsMemberWithItsRole() {
        TokenStore tokens = new TokenStore(staff);
        IssuedToken issued = tokens.create(Role.PUBLISHER, "Anna");
        StaffMember member = tokens.find(issued.secret()).orElseThrow();
        assertEquals("Anna", member.name());
        assertEquals(Role.PUBLISHER, member.role());
        assertEquals(issued.member(), member);
    }

    @Test
    void theFileHoldsTheHashAndNeverTheToken() throws Exception {
        IssuedToken issued = new TokenStore(staff).create(Role.ADMIN, "Bert");
        String stored = Files.readString(staff.resolve("tokens.json"));
        assertFalse(stored.contains(issued.secret()), stored);
        assertTrue(stored.contains(HexFormat.of().formatHex(TokenStore.sha256(issued.secret()))), stored);
    }

    @Test
    void anUnknownOrAlteredTokenSignsInNobody() {
        TokenStore tokens = new TokenStore(staff);
        IssuedToken issued = tokens.create(Role.ADMIN, "Bert");
        assertTrue(tokens.find(issued.secret() + "x").isEmpty());
        assertTrue(tokens.find("obs_nothing").isEmpty());
        assertTrue(tokens.find("").isEmpty());
        assertTrue(tokens.find(null).isEmpty());
    }

    @Test
    void aTokenCreatedElsewhereIsSeenByARunningStore() {
        TokenStore running = new TokenStore(staff);
        assertTrue(running.isEmpty());
        IssuedToken fromCommandLine = new TokenStore(staff).create(Role.WOO_OFFICER, "Carla");
        assertEquals(Role.WOO_OFFICER, running.find(fromCommandLine.secret()).orElseThrow().role());
    }

    @Test
    void everyTokenIsDifferent() {
        TokenStore tokens = new TokenStore(staff);
        assertNotEquals(tokens.create(Role.ADMIN, "a").secret(), tokens.create(Role.ADMIN, "a").secret());
    }

    @Test
    void rolesReadAsOnTheCommandLine() {
        assertEquals(Role.WOO_OFFICER, Role.parse("woo-officer"));
        assertEquals(Role.WOO_OFFICER, Role.parse("WOO_OFFICER"));
        assertEquals("woo-officer", Role.WOO_OFFICER.label());
        assertThrows(IllegalArgumentException.class, () -> Role.parse("superuser"));
    }

    @Test
    void anAdministratorMayActInEveryRole() {
        assertTrue(new StaffMember("x", "x", Role.ADMIN).mayActAs(Role.PUBLISHER));
        assertTrue(new StaffMember("x", "x", Role.PUBLISHER).mayActAs(Role.PUBLISHER, Role.WOO_OFFICER));
        assertFalse(new StaffMember("x", "x", Role.PUBLISHER).mayActAs(Role.WOO_OFFICER));
        assertFalse(new StaffMember("x", "x", Role.WOO_OFFICER).mayActAs(Role.ADMIN));
    }
}
