print("normering")
