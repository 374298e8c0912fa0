package org.wegweiser.upload;

import java.util.List;

/**
 * An upload that was not accepted. It carries a message key of admin-ui's bundle and its
 * arguments, so the view shows the reason in the staff member's language.
 */
public class UploadRefused extends RuntimeException {

    /** Empty file. No arguments. */
    public static final String EMPTY = "admin.upload.refused.empty";
    /** File larger than the limit. {0} file name, {1} the limit in MB. */
    public static final String TOO_LARGE = "admin.upload.refused.tooLarge";
    /** Content is not a PNG or JPEG picture (whatever the name says). {0} file name, {1} the type found. */
    public static final String NOT_AN_IMAGE = "admin.upload.refused.type";
    /** Content is SVG, which can carry scripts. {0} file name. */
    public static final String SVG = "admin.upload.refused.svg";
    /** More pixels than allowed. {0} file name, {1} width, {2} height, {3} max width, {4} max height. */
    public static final String TOO_MANY_PIXELS = "admin.upload.refused.dimensions";
    /** Looks like PNG or JPEG but cannot be decoded (damaged, truncated, unusual colour model). {0} file name. */
    public static final String UNREADABLE = "admin.upload.refused.unreadable";

    private final String messageKey;
    private final List<Object> arguments;

    public UploadRefused(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
