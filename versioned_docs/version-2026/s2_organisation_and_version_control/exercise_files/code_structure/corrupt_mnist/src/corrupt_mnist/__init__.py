"""corrupt_mnist: data, model, training and evaluation for the corrupted MNIST classifier.

Import the parts you need from their modules, for example:

    from corrupt_mnist.data import corrupt_mnist
    from corrupt_mnist.model import DigitClassifier
"""
