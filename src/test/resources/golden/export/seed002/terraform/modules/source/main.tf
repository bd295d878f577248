# Rolewire run 42: what the wiring writes into the source account 222233334444.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

resource "aws_iam_role" "source" {
  name = "AssumeRoleInA"
  assume_role_policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Principal": {
            "Service": "ec2.amazonaws.com"
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
}

resource "aws_iam_role_policy" "assume_destination" {
  name = "rolewire-assume-444455556666-RoleForB"
  role = aws_iam_role.source.name
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": "sts:AssumeRole",
          "Resource": "arn:aws:iam::444455556666:role/RoleForB"
        }
      ]
    }
  EOT
}

resource "aws_iam_instance_profile" "source" {
  name = "ec2-profile"
  role = aws_iam_role.source.name
  tags = {
    "rolewire:managed-by" = "rolewire"
    "rolewire:run-id" = "42"
  }
}

output "role_arn" {
  description = "The source role's ARN: the principal the destination role's trust policy names."
  value = aws_iam_role.source.arn
}
