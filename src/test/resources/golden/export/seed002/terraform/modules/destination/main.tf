# Rolewire run 42: what the wiring writes into the destination account 444455556666.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

variable "source_role_arn" {
  description = "The source role's ARN (module.source.role_arn): the trust policy names it."
  type = string
}

resource "aws_iam_role" "destination" {
  name = "RoleForB"
  assume_role_policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Principal": {
            "AWS": "arn:aws:iam::222233334444:role/AssumeRoleInA"
          },
          "Action": "sts:AssumeRole"
        }
      ]
    }
  EOT
  tags = {
    "rolewire:managed-by" = "rolewire"
    "rolewire:run-id" = "42"
  }
  lifecycle {
    precondition {
      condition = var.source_role_arn == "arn:aws:iam::222233334444:role/AssumeRoleInA"
      error_message = "The source role is not arn:aws:iam::222233334444:role/AssumeRoleInA, the principal this trust policy names; the trust would not work."
    }
  }
}

resource "aws_iam_role_policy_attachment" "destination_managed_1" {
  role = aws_iam_role.destination.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

output "role_arn" {
  description = "The destination role's ARN: the role_arn of the workload's CLI profile."
  value = aws_iam_role.destination.arn
}
