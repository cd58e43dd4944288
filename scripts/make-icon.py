#!/usr/bin/env python3
"""Makes assets/icon.ico (the .exe icon) from assets/icon.png (the window icon).

Run once after changing icon.png; needs Pillow (pip install pillow). The .ico
is committed, so builds need neither Python nor Pillow.
"""
from pathlib import Path

from PIL import Image

assets = Path(__file__).resolve().parent.parent / "assets"
image = Image.open(assets / "icon.png").convert("RGBA")
sizes = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
image.save(assets / "icon.ico", sizes=sizes)
print(f"{assets / 'icon.ico'}: {len(sizes)} sizes")
