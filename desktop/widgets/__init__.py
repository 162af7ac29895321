"""Small widgets the places share: the named place box, a flowing layout, plain-text tooltips."""
