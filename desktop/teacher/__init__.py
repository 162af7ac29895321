"""Teacher mode: the PIN dialogs and the controller that shows the editor and results only to teachers."""
