package org.wegweiser.kiosk;

/** The code is not shown by any kiosk waiting for pairing (mistyped, already used or too old). */
public class UnknownPairingCodeException extends IllegalArgumentException {

    public UnknownPairingCodeException(String code) {
        super("No kiosk waits for pairing with the code " + code);
    }
}
