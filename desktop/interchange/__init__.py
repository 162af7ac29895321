"""Sharing and interchange dialogs (File menu): import with a preview, exports, PDFs, record store."""
