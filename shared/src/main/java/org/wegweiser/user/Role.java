package org.wegweiser.user;

/** ADMIN may do everything; EDITOR changes content, posters and publishes; TRANSLATOR translates chosen languages. */
public enum Role {
    ADMIN, EDITOR, TRANSLATOR
}
