# PDFsharp's subsetter follows a composite glyph's components one level deep only: a composite built from another
# composite (Noto Sans Arabic's teh, noon and thal presentation forms, Noto Sans' accented capitals) loses its base.
# Glyphs with a composite component are decomposed into plain outlines; all other glyphs stay as they are.
import sys
from fontTools.ttLib import TTFont
from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

for path in sys.argv[1:]:
    font = TTFont(path)
    glyf = font["glyf"]
    glyphset = font.getGlyphSet()
    nested = [n for n in font.getGlyphOrder()
              if glyf[n].isComposite() and any(glyf[c.glyphName].isComposite() for c in glyf[n].components)]
    for name in nested:
        rec = DecomposingRecordingPen(glyphset)
        glyphset[name].draw(rec)
        pen = TTGlyphPen(None)
        rec.replay(pen)
        glyf[name] = pen.glyph()
    font.save(path)
    print(path, "flattened", len(nested))
