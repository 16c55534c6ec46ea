"""The Streamlit views of app.py, one module per part of the page, all over the Assistant facade."""
