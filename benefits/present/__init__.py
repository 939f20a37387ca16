"""What the screen and the printed report show, without Streamlit: words, tables, chart data,
answers, stories and the report, as plain data and text, tested without a browser.

Money stays Decimal; the app turns amounts into numbers for charts only at its edge.
"""
