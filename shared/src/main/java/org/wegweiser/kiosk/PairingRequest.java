package org.wegweiser.kiosk;

/**
 * What an unpaired kiosk shows (the code) and keeps to itself (the secret, which becomes its
 * credential once an administrator pairs the code). The server stores only the secret's hash.
 */
public record PairingRequest(String code, String secret) {

    @Override
    public String toString() {
        return "PairingRequest[" + code + "]";
    }
}
