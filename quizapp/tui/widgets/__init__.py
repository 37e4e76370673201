"""Small widgets that show one thing and post messages upward."""
