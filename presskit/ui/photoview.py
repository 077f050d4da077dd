"""Photos: a thumbnail gallery and a photo view that always carries caption and credit.

There is no way to show a photo without its credit: :class:`PhotoView` is one widget holding the
image and the caption/credit block, and it refuses to show an image without an :class:`Item`.
A photo whose credit is unknown says "Credit unknown".

Signals:
    PhotoGallery.photoActivated(str): item id of the photo opened (Enter or double-click).
    PhotoView.imageShown(): the photo is on screen (again each time a sharper decode of it is).
"""

from __future__ import annotations

from ..kit.format import Kit
from ..model import Item
from ..titles import display_title
from .qt import (
    QAbstractItemView, QFont, QFrame, QHBoxLayout, QImage, QLabel, QListView, QListWidget, QListWidgetItem,
    QPainter, QPixmap, QPushButton, QRect, QRectF, QScrollArea, QSize, QStyle, QStyledItemDelegate,
    QStyleOptionViewItem, Qt, QTimer, QVBoxLayout, QWidget, Signal, translate,
)
from .plainui import display_text, plain_label, plain_tip
from .tasks import TaskRunner
from .theme import PLACEHOLDER, color, css
from .photoload import MAX_SHOWN_PIXELS, Photo, load_photo
from .workers import thumbnail_image

THUMB = 150
#: a photo not shown after this long says it is being opened (a 144-megapixel PNG took 6 s)
OPENING_NOTICE_MS = 400
FULL = -1  # a decode at the photo's actual size
#: pictures larger than this (device pixels) are painted straight from the decoded image
DIRECT_PIXELS = 16_000_000
THUMB_H = 112  # the box a thumbnail fits in: 4:3, so most photos fill it
TILE_W = THUMB + 22  # a tile's width: the thumbnail and a margin


def credit_text(item: Item, _tr=None) -> str:
    """The credit line shown with a photo: "Photo: NAME", or "Credit unknown"."""
    credit = item.credit.strip()
    line = translate("Photos", "Photo: {0}").format(credit) if credit else translate("Photos", "Credit unknown")
    if item.copyright.strip() and item.copyright.strip() not in credit:
        line += " · " + item.copyright.strip()
    return line


def _square(img: QImage | None) -> QPixmap:
    """A thumbnail at the foot of a transparent THUMB x THUMB_H box, so every tile's words start on one line
    (``None``: a grey placeholder while the photo loads)."""
    pm = QPixmap(THUMB, THUMB_H)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    if img is None or img.isNull():
        p.fillRect(0, THUMB_H // 8, THUMB, THUMB_H * 7 // 8, color(PLACEHOLDER))
    else:
        img = img.scaled(THUMB, THUMB_H, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        p.drawImage((THUMB - img.width()) // 2, THUMB_H - img.height(), img)  # on the line the words start
    p.end()
    return pm


class _TileDelegate(QStyledItemDelegate):
    """A gallery tile as tall as its words: the thumbnail, then the title and the whole credit, wrapped."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        view = self.parent()
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.rect = QRect(0, 0, TILE_W, 10_000)
        style = view.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, view)
        width = max(40, min(TILE_W, text_rect.width()) - 8)
        r = view.fontMetrics().boundingRect(0, 0, width, 10_000,
                                            int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap), opt.text)
        return QSize(TILE_W, THUMB_H + 16 + r.height())


class PhotoGallery(QListWidget):
    """Photos as thumbnails with their title and credit; those in ``new_items`` are labelled "New".

    Each tile is as tall as its words need: a credit is always shown whole (wrapped), never cut to "…".

    Signals:
        photoActivated(str): the id of a photo double-clicked or entered.
    """

    photoActivated = Signal(str)

    def __init__(self, new_items=None, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Photo gallery"))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setIconSize(QSize(THUMB, THUMB_H))
        self.setSpacing(5)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setUniformItemSizes(False)
        self.setItemDelegate(_TileDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._runner = TaskRunner(self)
        self._gen = 0
        self.itemActivated.connect(lambda it: self.photoActivated.emit(it.data(Qt.ItemDataRole.UserRole)))
        self.kit: Kit | None = None
        self.checkable = False
        self.new_items = new_items

    def set_checkable(self, on: bool) -> None:
        """Give each photo a checkbox (ticked state set by the list pane)."""
        self.checkable = on

    def set_photos(self, kit: Kit, items: list[Item]) -> None:
        self._gen += 1
        gen = self._gen
        self._runner.cancel_all()
        self.clear()
        self.kit = kit
        placeholder = _square(None)
        for it in items:
            w = QListWidgetItem(placeholder, self._label(it))
            w.setData(Qt.ItemDataRole.UserRole, it.id)
            w.setToolTip(plain_tip(f"{it.caption or display_title(it)}\n{credit_text(it, self.tr)}"))
            w.setData(Qt.ItemDataRole.AccessibleTextRole, f"{display_title(it)}. {credit_text(it, self.tr)}")
            w.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            if self.checkable:
                w.setFlags(w.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                w.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(w)
            path = str(kit.path_of(it))

            def done(img: QImage, w=w) -> None:
                if gen == self._gen:
                    w.setIcon(_square(img))

            self._runner.run(lambda ctx, iid=it.id, path=path: thumbnail_image(kit, iid, path, THUMB),
                             on_result=done, on_error=lambda *_a: None)

    def refresh_labels(self) -> None:
        """Label again every photo (after what is "New" changed)."""
        for i in range(self.count()):
            w = self.item(i)
            it = self.kit.get(w.data(Qt.ItemDataRole.UserRole)) if self.kit else None
            if it is not None:
                w.setText(self._label(it))

    def _label(self, it: Item) -> str:
        """The photo's title (a caption's lead when its file name is a camera code), then its credit."""
        title = display_title(it)
        if self.new_items is not None and it.id in self.new_items:
            title = translate("Photos", "New") + " · " + title
        credit = it.credit.strip()
        line = translate("Photos", "Photo: {0}").format(credit) if credit else translate("Photos", "Credit unknown")
        return f"{title}\n{line}"

    def current_item_id(self) -> str | None:
        it = self.currentItem()
        return it.data(Qt.ItemDataRole.UserRole) if it else None

    def selected_ids(self) -> list[str]:
        return [w.data(Qt.ItemDataRole.UserRole) for w in self.selectedItems()]


class _Canvas(QLabel):
    """The label the photo is shown in. A picture larger than :data:`DIRECT_PIXELS` is painted straight
    from the decoded image, only the part on screen and scaled as it is painted: the photo at 100 % is
    never copied whole into a second, screen-format picture (432 MB more for 108 megapixels)."""

    def __init__(self):
        super().__init__()
        self.picture: QImage | None = None  # drawn directly, scaled to this label's picture size
        self.picture_size = QSize()

    def show_direct(self, img: QImage, size: QSize) -> None:
        self.clear()
        self.picture, self.picture_size = img, size
        self.update()

    def clear(self) -> None:
        self.picture = None
        super().clear()

    def setPixmap(self, pm) -> None:  # noqa: N802
        self.picture = None
        super().setPixmap(pm)

    def setText(self, text: str) -> None:  # noqa: N802
        self.picture = None
        super().setText(text)

    def paintEvent(self, e) -> None:  # noqa: N802
        if self.picture is None:
            super().paintEvent(e)
            return
        pw, ph = self.picture_size.width(), self.picture_size.height()
        box = QRect((self.width() - pw) // 2, (self.height() - ph) // 2, pw, ph)
        part = e.rect().intersected(box)
        if part.isEmpty():
            return
        sx, sy = self.picture.width() / pw, self.picture.height() / ph
        src = QRectF((part.x() - box.x()) * sx, (part.y() - box.y()) * sy, part.width() * sx, part.height() * sy)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        p.drawImage(QRectF(part), self.picture, src)
        p.end()


class _ImageArea(QScrollArea):
    """Scrollable image with fit-to-window and zoom; ``zoom`` is of the photo's own size (1.0: 100 %).

    ``image`` is the photo decoded at about the size it is shown; when the window grows past it, or
    someone zooms past it, ``sharperWanted(max_side)`` asks for a larger decode (0: the actual size,
    kept apart in ``full`` so fitting again never scales the whole photo down on every resize).
    """

    sharperWanted = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(False)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet(css("QScrollArea { background: @PHOTO_BACKGROUND; }"))
        self.label = plain_label(_Canvas())
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet("background: transparent;")
        self.setWidget(self.label)
        self.image: QImage | None = None
        self.full: QImage | None = None
        self.photo_size: tuple[int, int] = (0, 0)
        self.asked = 0  # the largest decode asked for (0: none; FULL: the actual size)
        self.fit = True
        self.zoom = 1.0

    def set_image(self, img: QImage | None, size: tuple[int, int] | None = None) -> None:
        """Show a new photo: ``img`` decoded at some size, ``size`` the photo's own (default ``img``'s)."""
        self.image, self.full, self.asked = img, None, 0
        self.photo_size = size or ((img.width(), img.height()) if img is not None else (0, 0))
        self.fit = True
        self.refresh()

    def set_sharper(self, img: QImage) -> None:
        """A larger decode of the photo shown (its actual size when it is as large as the photo)."""
        if img.width() >= self.photo_size[0]:
            self.full = img
        elif self.image is None or img.width() > self.image.width():
            self.image = img
        self.refresh()

    def max_zoom(self) -> float:
        """The largest zoom: 8x, or less for a large photo so no picture over the viewer's pixel limit is made."""
        w, h = self.photo_size
        cap = (MAX_SHOWN_PIXELS / max(1, w * h)) ** 0.5 / self.devicePixelRatioF()
        return max(0.05, min(8.0, cap))

    def _source(self, device_w: int) -> QImage:
        """The decode to scale from for a picture ``device_w`` pixels wide, asking for a sharper one
        when the one at hand is smaller."""
        src = self.image
        if self.full is not None and not self.fit and device_w > src.width():
            return self.full
        if device_w > src.width() * 1.02 and src.width() < self.photo_size[0]:
            side = FULL if not self.fit else -(-int(device_w * max(self.photo_size) / self.photo_size[0]) // 512) * 512
            if side == FULL or side >= max(self.photo_size):
                side = FULL
            if self.asked != FULL and (side == FULL or side > self.asked):
                self.asked = side
                self.sharperWanted.emit(side)
        return src

    def refresh(self) -> None:
        if self.image is None or self.image.isNull():
            self.label.clear()
            self.label.resize(self.viewport().size())
            return
        dpr = self.devicePixelRatioF()
        pw, ph = self.photo_size
        if self.fit:
            avail = self.viewport().size() - QSize(24, 24)
            z = min(avail.width() / pw, avail.height() / ph, 1.0 * dpr)
            self.zoom = max(0.02, z)
        w, h = max(1, int(pw * self.zoom)), max(1, int(ph * self.zoom))
        src = self._source(int(w * dpr))
        if w * h * dpr * dpr > DIRECT_PIXELS:  # a large picture: painted from the image, part by part
            self.label.show_direct(src, QSize(w, h))
        else:
            pm = QPixmap.fromImage(src.scaled(int(w * dpr), int(h * dpr), Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))
            pm.setDevicePixelRatio(dpr)
            self.label.setPixmap(pm)
        self.label.resize(max(w, self.viewport().width()), max(h, self.viewport().height()))

    def resizeEvent(self, e) -> None:  # noqa: N802
        super().resizeEvent(e)
        if self.fit:
            self.refresh()

    def wheelEvent(self, e) -> None:  # noqa: N802
        if e.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self.zoom * (1.2 if e.angleDelta().y() > 0 else 1 / 1.2))
            return
        super().wheelEvent(e)

    def set_zoom(self, z: float) -> None:
        self.fit = False
        self.zoom = max(0.05, min(self.max_zoom(), z))
        self.refresh()


class PhotoView(QWidget):
    """A photo with its caption and credit, always together."""

    imageShown = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Photo"))
        self.item: Item | None = None
        self._runner = TaskRunner(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        self.area = _ImageArea()
        self.area.sharperWanted.connect(self._decode_sharper)
        self._path = ""
        lay.addWidget(self.area, 1)
        box = QFrame()
        box.setObjectName("creditBox")
        box.setStyleSheet(css("#creditBox { background: @PANEL; border-top: 1px solid @LINE_PANEL; }"))
        bl = QVBoxLayout(box)
        bl.setContentsMargins(18, 10, 18, 12)
        bl.setSpacing(3)
        self.caption = plain_label(QLabel())  # caption and credit come from the photo's metadata
        self.caption.setWordWrap(True)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        f = QFont(self.caption.font())
        f.setPointSizeF(f.pointSizeF() * 1.1)
        self.caption.setFont(f)
        self.credit = plain_label(QLabel())
        self.credit.setObjectName("photoCredit")
        self.credit.setWordWrap(True)
        self.credit.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.credit.setAccessibleName(self.tr("Photo credit"))
        self.caption.setAccessibleName(self.tr("Photo caption"))
        row = QHBoxLayout()
        row.addWidget(self.credit, 1)
        self.fit_btn = QPushButton(self.tr("Fit"))
        self.fit_btn.setToolTip(self.tr("Fit the photo to the window"))
        self.fit_btn.clicked.connect(self.fit)
        self.actual_btn = QPushButton(self.tr("100 %"))
        self.actual_btn.setToolTip(self.tr("Show the photo at its actual size"))
        self.actual_btn.clicked.connect(lambda: self.area.set_zoom(1.0))
        for b in (self.fit_btn, self.actual_btn):
            b.setFlat(True)
            row.addWidget(b)
        bl.addWidget(self.caption)
        bl.addLayout(row)
        lay.addWidget(box)
        self.caption_box = box

    def show_photo(self, kit: Kit, item: Item) -> None:
        """Show ``item``'s image; caption and credit are set first, before any pixel appears."""
        self.item = item
        self.caption.setText(item.caption or item.title or item.path)
        self.credit.setText(credit_text(item, self.tr))
        # what a screen reader says when the keyboard reaches the picture itself
        self.area.setAccessibleName(self.tr("Photo: {0}").format(display_text(self.caption.text(), 300)))
        self.area.setAccessibleDescription(self.credit.text())
        self.credit.setStyleSheet(css("color: @CREDIT;" if item.credit.strip() else "color: @NO_CREDIT; font-style: italic;"))
        self.area.set_image(None)
        self._path = path = str(kit.path_of(item))
        iid = item.id

        def done(photo: Photo) -> None:
            if self.item is not None and self.item.id == iid:
                self.area.set_image(photo.image, photo.size)
                self.imageShown.emit()

        def failed(err, _tb) -> None:
            if self.item is not None and self.item.id == iid:
                self.area.label.setText(self.tr("This photo cannot be shown: {0}").format(err))
                self.area.label.setStyleSheet(css("color: @ON_DARK;"))

        def still_opening() -> None:  # a 100-megapixel photo takes seconds: say so rather than stay dark
            if self.item is not None and self.item.id == iid and self.area.image is None:
                self.area.label.setText(self.tr("Opening the photo…"))
                self.area.label.setStyleSheet(css("color: @ON_DARK;"))

        QTimer.singleShot(OPENING_NOTICE_MS, still_opening)
        side = self.shown_side()
        self._runner.run(lambda ctx: load_photo(path, side), on_result=done, on_error=failed, key="photo")

    def shown_side(self) -> int:
        """The longest side, in device pixels, a photo is decoded at to fill the pane (at least 1024)."""
        vp = self.area.viewport().size()
        return max(1024, int(max(vp.width(), vp.height()) * self.area.devicePixelRatioF()))

    @property
    def loading_full(self) -> bool:
        """The photo at its actual size was asked for and is being decoded."""
        return self.area.asked == FULL and self.area.full is None

    def _decode_sharper(self, side: int) -> None:
        """Decode the photo shown again, larger (``side`` pixels a side, FULL: its actual size)."""
        if self.item is None:
            return
        iid, path = self.item.id, self._path

        def done(photo: Photo) -> None:
            if self.item is not None and self.item.id == iid:
                self.area.set_sharper(photo.image)
                self.imageShown.emit()

        self._runner.run(lambda ctx: load_photo(path, None if side == FULL else side), on_result=done,
                         on_error=lambda *_a: None, key="photo-sharper")  # the decode at hand stays shown

    def fit(self) -> None:
        self.area.fit = True
        self.area.refresh()

    def zoom_in(self) -> None:
        self.area.set_zoom(self.area.zoom * 1.2)

    def zoom_out(self) -> None:
        self.area.set_zoom(self.area.zoom / 1.2)
