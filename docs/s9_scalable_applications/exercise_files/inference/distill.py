"""Train a small student DigitClassifier to imitate a large teacher (knowledge distillation).

Starter: save it as scripts/distill.py and write distillation_loss. Run it from the
project root once models/teacher.pt exists:

    uv run python scripts/distill.py                        # student 8x32, T=4, alpha=0.7
    uv run python scripts/distill.py --alpha 0 --out models/student_labels.pt   # labels only
    uv run python scripts/distill.py --temperature 2 --epochs 5

The student sees the same images, initial weights and batch order in every run (one
seed), so two runs differ only in the loss: compare --alpha 0 with the default.
"""

import argparse
import time
from pathlib import Path

import torch
from torch import Tensor, nn
from torch.utils.data import DataLoader

from corrupt_mnist.data import corrupt_mnist
from corrupt_mnist.measure import accuracy, count_parameters, load_classifier
from corrupt_mnist.model import DigitClassifier


def distillation_loss(
    student_logits: Tensor,
    teacher_logits: Tensor,
    targets: Tensor,
    temperature: float,
    alpha: float,
) -> Tensor:
    """Mix imitating the teacher's softened probabilities with the usual loss on the labels.

    Both sets of logits are divided by the temperature before the softmax, which lifts
    the small probabilities the teacher gives to wrong but similar digits. The KL term is
    multiplied by temperature**2 so that its gradients keep their size when you change the
    temperature. alpha=0 is ordinary training on the labels; alpha=1 ignores the labels.
    """
    # Your turn: divide both sets of logits by the temperature and turn them into
    # log-probabilities over the classes with torch.nn.functional.log_softmax(..., dim=1).
    # Your turn: soft = torch.nn.functional.kl_div(log_p_student, log_p_teacher,
    #     reduction="batchmean", log_target=True); hard = the cross-entropy of the
    #     student's plain logits against the targets.
    # Your turn: return alpha * temperature**2 * soft + (1 - alpha) * hard.
    raise NotImplementedError("write distillation_loss")


def main() -> None:
    """Distil the teacher into a fresh student and save the student's weights."""
    parser = argparse.ArgumentParser(description="Knowledge distillation for corrupt_mnist.")
    parser.add_argument("--teacher", type=Path, default=Path("models/teacher.pt"))
    parser.add_argument("--out", type=Path, default=Path("models/student.pt"))
    parser.add_argument("--channels", type=int, default=8, help="student conv_channels")
    parser.add_argument("--hidden", type=int, default=32, help="student hidden units")
    parser.add_argument("--temperature", type=float, default=4.0)
    parser.add_argument("--alpha", type=float, default=0.7, help="weight of the teacher's term")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--max-steps", type=int, default=None, help="stop early (quick tries)")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--seed", type=int, default=2476)
    parser.add_argument("--test-limit", type=int, default=None, help="test images to use")
    args = parser.parse_args()

    torch.manual_seed(args.seed)
    device = torch.device("cpu")
    train_set, test_set = corrupt_mnist()

    teacher = load_classifier(args.teacher, device)  # eval mode: no dropout in its targets
    teacher.requires_grad_(False)
    student: nn.Module = DigitClassifier(conv_channels=args.channels, hidden=args.hidden)
    optimizer = torch.optim.Adam(student.parameters(), lr=args.lr)
    loader = DataLoader(train_set, batch_size=args.batch_size, shuffle=True)
    print(
        f"teacher {count_parameters(teacher):,} parameters -> "
        f"student {count_parameters(student):,}; T={args.temperature}, alpha={args.alpha}"
    )

    step, started = 0, time.perf_counter()
    for epoch in range(args.epochs):
        student.train()
        for images, targets in loader:
            with torch.no_grad():
                teacher_logits = teacher(images)
            loss = distillation_loss(
                student(images), teacher_logits, targets, args.temperature, args.alpha
            )
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            step += 1
            if step % 100 == 0:
                print(f"epoch {epoch + 1} step {step:5d} loss {loss.item():.4f}")
            if step == args.max_steps:
                break
        if step == args.max_steps:
            break
    print(f"trained {step} steps in {time.perf_counter() - started:.0f} s")

    acc_teacher = accuracy(teacher, test_set, device, args.test_limit)
    acc_student = accuracy(student, test_set, device, args.test_limit)
    print(f"test accuracy: teacher {acc_teacher:.4f}, student {acc_student:.4f}")

    args.out.parent.mkdir(parents=True, exist_ok=True)
    torch.save(student.state_dict(), args.out)
    print(f"Saved the student to {args.out}")


if __name__ == "__main__":
    main()
