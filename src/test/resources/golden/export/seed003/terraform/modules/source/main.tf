# Rolewire run 42: what the wiring writes into the source account 111122223333.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

# The role my-ECS-task-role exists: Terraform reads it and does not manage it.
data "aws_iam_role" "source" {
  name = "my-ECS-task-role"
}

resource "aws_iam_role_policy" "assume_destination" {
  name = "rolewire-assume-555566667777-destination-account-role"
  role = data.aws_iam_role.source.name
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": "sts:AssumeRole",
          "Resource": "arn:aws:iam::555566667777:role/destination-account-role"
        }
      ]
    }
  EOT
}

resource "aws_ecs_task_definition" "task" {
  family = "verify-assume-cross-account-role"
  task_role_arn = "arn:aws:iam::111122223333:role/my-ECS-task-role"
  container_definitions = <<-EOT
    [
      {
        "name": "test",
        "image": "your-test-image",
        "cpu": 100,
        "memory": 200,
        "essential": true
      }
    ]
  EOT
}

output "role_arn" {
  description = "The source role's ARN: the principal the destination role's trust policy names."
  value = data.aws_iam_role.source.arn
}
