package io.rolewire.web.picture;

import io.rolewire.apply.Side;

/**
 * One box of the picture, placed.
 *
 * @param id stable id in the page ({@code picture-source-role}...)
 * @param kindKey message key of what it is (task role, trust policy...)
 * @param name the resource's name in its account, in full (the SVG shows {@link #shortName()})
 * @param count how many resources the box stands for (managed policies), 1 otherwise
 */
public record PictureBox(String id, Side side, String kindKey, String name, int count, PictureMark mark, int x, int y) {

    public static final int WIDTH = 340;
    public static final int HEIGHT = 68;
    static final int NAME_CHARACTERS = 36;

    /** SVG text does not wrap: long names are cut, the full name is in the box's title. */
    public String shortName() {
        return name.length() <= NAME_CHARACTERS ? name : name.substring(0, NAME_CHARACTERS - 1) + "…";
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int centreX() {
        return x + WIDTH / 2;
    }

    public int bottom() {
        return y + HEIGHT;
    }

    public int middleY() {
        return y + HEIGHT / 2;
    }

    public int right() {
        return x + WIDTH;
    }
}
