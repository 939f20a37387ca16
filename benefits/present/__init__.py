"""Presentation without Streamlit: what the app and the printed report show, as plain data and
text, tested without a browser."""
