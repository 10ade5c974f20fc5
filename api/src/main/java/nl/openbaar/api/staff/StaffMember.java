package nl.openbaar.api.staff;

import java.util.Arrays;

/** A signed-in staff member: the id and name of their token and its role. */
public record StaffMember(String id, String name, Role role) {

    /** True when this member has one of the roles; an administrator has them all. */
    public boolean mayActAs(Role... anyOf) {
        return role == Role.ADMIN || Arrays.asList(anyOf).contains(role);
    }
}
