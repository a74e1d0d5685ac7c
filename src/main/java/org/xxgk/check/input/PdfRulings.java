package org.xxgk.check.input;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects the straight lines a page draws: stroked horizontal and vertical segments, and thin filled rectangles
 * (Word draws table borders that way). Positions are turned into the text's frame: from the crop box's top left.
 */
final class PdfRulings extends PDFGraphicsStreamEngine {
    final List<PdfConverter.Ruling> rulings = new ArrayList<>();
    private final float left;
    private final float top;
    private final List<float[]> segments = new ArrayList<>();
    private final List<float[]> rectangles = new ArrayList<>();
    private final Point2D.Float current = new Point2D.Float();
    private final Point2D.Float start = new Point2D.Float();

    PdfRulings(PDPage page) {
        super(page);
        PDRectangle crop = page.getCropBox();
        left = crop.getLowerLeftX();
        top = crop.getUpperRightY();
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        float x0 = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        float x1 = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        float y0 = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        float y1 = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        rectangles.add(new float[] {x0, y0, x1, y1});
        current.setLocation(p0);
        start.setLocation(p0);
    }

    @Override
    public void moveTo(float x, float y) {
        current.setLocation(x, y);
        start.setLocation(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        segments.add(new float[] {current.x, current.y, x, y});
        current.setLocation(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current.setLocation(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return (Point2D) current.clone();
    }

    @Override
    public void closePath() {
        segments.add(new float[] {current.x, current.y, start.x, start.y});
        current.setLocation(start);
    }

    @Override
    public void endPath() {
        segments.clear();
        rectangles.clear();
    }

    @Override
    public void strokePath() {
        for (float[] s : segments) {
            segment(s[0], s[1], s[2], s[3]);
        }
        for (float[] r : rectangles) {
            segment(r[0], r[1], r[2], r[1]);
            segment(r[0], r[3], r[2], r[3]);
            segment(r[0], r[1], r[0], r[3]);
            segment(r[2], r[1], r[2], r[3]);
        }
        endPath();
    }

    @Override
    public void fillPath(int windingRule) {
        for (float[] r : rectangles) {
            thin(r[0], r[1], r[2], r[3]);
        }
        // A rectangle drawn as a closed path of four lines.
        if (!segments.isEmpty() && segments.size() <= 5) {
            float x0 = Float.MAX_VALUE;
            float y0 = Float.MAX_VALUE;
            float x1 = -Float.MAX_VALUE;
            float y1 = -Float.MAX_VALUE;
            for (float[] s : segments) {
                x0 = Math.min(x0, Math.min(s[0], s[2]));
                x1 = Math.max(x1, Math.max(s[0], s[2]));
                y0 = Math.min(y0, Math.min(s[1], s[3]));
                y1 = Math.max(y1, Math.max(s[1], s[3]));
            }
            thin(x0, y0, x1, y1);
        }
        endPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
    }

    private void thin(float x0, float y0, float x1, float y1) {
        float w = x1 - x0;
        float h = y1 - y0;
        if (h <= 3f && w > 3f) {
            segment(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
        } else if (w <= 3f && h > 3f) {
            segment((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
        }
    }

    /** A segment in PDF space (origin bottom left) → a ruling measured from the top left, if straight. */
    private void segment(float x0, float y0, float x1, float y1) {
        float ax = x0 - left;
        float bx = x1 - left;
        float ay = top - y0;
        float by = top - y1;
        if (Math.abs(ay - by) <= 0.5f && Math.abs(ax - bx) > 1f) {
            rulings.add(new PdfConverter.Ruling(true, (ay + by) / 2, Math.min(ax, bx), Math.max(ax, bx)));
        } else if (Math.abs(ax - bx) <= 0.5f && Math.abs(ay - by) > 1f) {
            rulings.add(new PdfConverter.Ruling(false, (ax + bx) / 2, Math.min(ay, by), Math.max(ay, by)));
        }
    }
}
