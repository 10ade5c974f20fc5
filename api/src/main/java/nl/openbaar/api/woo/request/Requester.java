package nl.openbaar.api.woo.request;

/**
 * Who asked: private. It is stored only under {@code <data>/woo/} and shown only to staff; no public type of the
 * register has a field for it.
 */
public record Requester(String name, String email, String phone, String address) {
}
