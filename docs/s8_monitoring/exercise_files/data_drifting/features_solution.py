"""Summarise digit images with a few numbers that drift tests can compare.

Reference solution for the data drifting module: save it as src/corrupt_mnist/features.py.
Every function takes the output of `to_pixels` from images.py, or a stack of them: light
digits on black, values in [0, 1], 28x28. That is what the model sees before
normalisation, so the features describe the model's input, not the raw upload.

The API calls `prediction_record` once per request, and scripts/build_reference.py calls
`batch_features` on the whole test set, so both sides of a drift comparison are computed
by the same code.
"""

import math
from datetime import UTC, datetime

import torch
from torch import Tensor

# The order of the columns in the reference table and in the prediction log.
FEATURES = ("brightness", "contrast", "ink", "centre_x", "centre_y", "slant", "roughness")
INK_THRESHOLD = 0.5  # a pixel brighter than this is part of the stroke
CENTRE = 13.5  # the middle of a 28-pixel axis; used when an image has no ink at all


def batch_features(pixels: Tensor) -> dict[str, Tensor]:
    """Compute every feature for a stack of images at once.

    Args:
        pixels: Images of shape (N, 28, 28) with values in [0, 1], light ink on black.

    Returns:
        One tensor of shape (N,) per name in FEATURES:

        - brightness: the mean pixel value.
        - contrast: the standard deviation of the pixel values.
        - ink: the fraction of pixels brighter than INK_THRESHOLD.
        - centre_x, centre_y: the centre of the ink in pixels (0 is the left or top edge).
        - slant: the angle between the ink's long axis and the vertical, in degrees in
          (-90, 90]; positive when the top of the stroke leans to the left.
        - roughness: the mean absolute difference between neighbouring pixels, which
          grows with noise.
    """
    if pixels.ndim != 3:
        raise ValueError(f"Expected images of shape (N, H, W), got {tuple(pixels.shape)}")
    pixels = pixels.float()
    n, height, width = pixels.shape
    flat = pixels.reshape(n, -1)

    mask = (pixels > INK_THRESHOLD).float()  # 1 where there is ink
    mass = mask.sum(dim=(1, 2))
    has_ink = mass > 0
    safe_mass = mass.clamp(min=1.0)  # avoids dividing by zero for empty images

    ys = torch.arange(height, dtype=torch.float32).reshape(1, height, 1)
    xs = torch.arange(width, dtype=torch.float32).reshape(1, 1, width)
    centre_x = (mask * xs).sum(dim=(1, 2)) / safe_mass
    centre_y = (mask * ys).sum(dim=(1, 2)) / safe_mass

    # Second moments of the ink around its centre give the direction of its long axis.
    dx = xs - centre_x.reshape(n, 1, 1)
    dy = ys - centre_y.reshape(n, 1, 1)
    mu_xx = (mask * dx * dx).sum(dim=(1, 2))
    mu_yy = (mask * dy * dy).sum(dim=(1, 2))
    mu_xy = (mask * dx * dy).sum(dim=(1, 2))
    slant = 0.5 * torch.atan2(2 * mu_xy, mu_yy - mu_xx) * (180 / math.pi)

    horizontal = (pixels[:, :, 1:] - pixels[:, :, :-1]).abs().mean(dim=(1, 2))
    vertical = (pixels[:, 1:, :] - pixels[:, :-1, :]).abs().mean(dim=(1, 2))

    return {
        "brightness": flat.mean(dim=1),
        "contrast": flat.std(dim=1),
        "ink": mask.mean(dim=(1, 2)),
        "centre_x": torch.where(has_ink, centre_x, torch.full_like(centre_x, CENTRE)),
        "centre_y": torch.where(has_ink, centre_y, torch.full_like(centre_y, CENTRE)),
        "slant": torch.where(has_ink, slant, torch.zeros_like(slant)),
        "roughness": (horizontal + vertical) / 2,
    }


def image_features(pixels: Tensor) -> dict[str, float]:
    """Compute the features of one image of shape (28, 28), as plain Python floats."""
    if pixels.ndim != 2:
        raise ValueError(f"Expected one image of shape (H, W), got {tuple(pixels.shape)}")
    batch = batch_features(pixels.unsqueeze(0))
    return {name: round(float(batch[name][0]), 5) for name in FEATURES}


def prediction_record(
    pixels: Tensor, probabilities: Tensor, when: datetime | None = None
) -> dict[str, str | int | float]:
    """Build the row the API logs for one request: time, features and the model's answer.

    Args:
        pixels: The image as the model saw it, shape (28, 28), from `to_pixels`.
        probabilities: The model's softmax output for this image, shape (10,).
        when: When the request arrived; now (UTC) if not given.

    Returns:
        A flat dict: `time` (ISO 8601 with time zone), the FEATURES, `digit` (the
        prediction) and `confidence` (its probability). No pixels: the log must not be
        able to reproduce the user's image.
    """
    when = when or datetime.now(UTC)
    return {
        "time": when.isoformat(timespec="milliseconds"),
        **image_features(pixels),
        "digit": int(probabilities.argmax()),
        "confidence": round(float(probabilities.max()), 5),
    }
