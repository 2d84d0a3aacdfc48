"""A five-line exercise file used by the remark plugin tests."""

EPOCHS = 3

print(f"training for {EPOCHS} epochs")
