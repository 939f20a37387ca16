"""The Streamlit screen: pages over a presentation package (`benefits.present`) and the engine.

`ui_streamlit.py` is the router; `state` is the only module that knows session-state keys;
`engine` caches the rule book and projections; `store` is the planner's local case file.
"""
