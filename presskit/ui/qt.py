"""The only module that imports PySide6. Everything Qt in presskit comes from here.

A binding switch or a Qt upgrade touches this file alone (the qutebrowser ``qt/`` pattern).
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtPrintSupport, QtWidgets  # noqa: F401
from PySide6.QtCore import (  # noqa: F401
    QByteArray, QCoreApplication, QEvent, QLocale, QMargins, QMimeData, QModelIndex, QObject, QPoint, QPointF,
    QRect, QRectF, QRunnable, QSettings, QSize, QSizeF, QThread, QThreadPool, QTimer, QTranslator,
    QUrl, Qt, Signal, Slot,
)
from PySide6.QtGui import (  # noqa: F401
    QAbstractTextDocumentLayout, QAction, QActionGroup, QDragEnterEvent, QDropEvent, QMouseEvent,
    QIcon, QColor, QFont, QFontMetrics, QGuiApplication, QImage, QKeySequence,
    QPainter, QPalette, QPen, QPixmap, QRegion, QShortcut, QTextCharFormat, QTextCursor, QTextDocument,
    QTransform, QUndoCommand, QUndoStack,
)
from PySide6.QtWidgets import (  # noqa: F401
    QAbstractItemView, QAbstractScrollArea, QApplication, QButtonGroup, QComboBox, QDialog,
    QDialogButtonBox, QFileDialog, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLayout,
    QLineEdit, QListView,
    QListWidget, QListWidgetItem, QMainWindow, QMenu, QMessageBox, QPlainTextEdit, QProgressDialog, QPushButton,
    QScrollArea, QSizePolicy, QSpinBox, QSplitter, QStackedWidget, QStatusBar, QStyle, QStyleOptionComboBox,
    QStyledItemDelegate, QStyleOptionViewItem, QTabWidget, QTextBrowser, QTextEdit, QToolBar,
    QToolButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

QT_VERSION = QtCore.qVersion()
BINDING_VERSION = __import__("PySide6").__version__


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` (lupdate recognises ``translate("Ctx", "text")`` calls)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, lupdate marker
    """Marks ``text`` for lupdate without translating it now."""
    return text
