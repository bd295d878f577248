# Rolewire run 42: what the wiring writes into the destination account 555566667777.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

variable "source_role_arn" {
  description = "The source role's ARN (module.source.role_arn): the trust policy names it."
  type = string
}

# The role destination-account-role exists, and other principals may already be trusted by it. IAM stores a
# trust policy as one document (UpdateAssumeRolePolicy replaces it whole), and the AWS
# provider has no resource for "one statement of a trust policy". So:
# - data "aws_iam_role" reads the live trust policy at every plan;
# - data "aws_iam_policy_document" merges it (source_policy_documents: every statement kept)
#   with our statement (override_policy_documents), which carries the Sid RolewireRun42: a later plan
#   replaces that statement instead of adding a second copy;
# - resource "aws_iam_role" writes the merged document. Terraform cannot change a role it does
#   not own, so the root module imports the role (an import block, Terraform 1.5 or later).
# Limits, honestly:
# - Terraform now owns this role's trust policy, and only that: ignore_changes leaves the
#   role's other settings (description, tags, path, session duration, boundary) as they are.
# - prevent_destroy stops `terraform destroy` from deleting a role this run did not create;
#   to stop managing it, `terraform state rm` it. Removing our statement is an un-wire: do it
#   in Rolewire (or edit the trust in IAM), not by deleting this resource.
# - A statement Rolewire's own apply merged (without a Sid) and this one are equal: applying
#   both ways leaves two equal statements, which is harmless.
# - Someone editing the trust between plan and apply is overwritten by the plan's document:
#   apply soon after planning.
data "aws_iam_role" "destination" {
  name = "destination-account-role"
}

locals {
  rolewire_statement = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "RolewireRun42",
          "Effect": "Allow",
          "Principal": {
            "AWS": "arn:aws:iam::111122223333:role/my-ECS-task-role"
          },
          "Action": "sts:AssumeRole"
        }
      ]
    }
  EOT
}

data "aws_iam_policy_document" "trust" {
  source_policy_documents = [data.aws_iam_role.destination.assume_role_policy]
  override_policy_documents = [local.rolewire_statement]
}

resource "aws_iam_role" "destination" {
  name = "destination-account-role"
  assume_role_policy = data.aws_iam_policy_document.trust.json
  lifecycle {
    prevent_destroy = true
    ignore_changes = [description, force_detach_policies, max_session_duration, path, permissions_boundary, tags]
    precondition {
      condition = var.source_role_arn == "arn:aws:iam::111122223333:role/my-ECS-task-role"
      error_message = "The source role is not arn:aws:iam::111122223333:role/my-ECS-task-role, the principal this trust policy names; the trust would not work."
    }
  }
}

output "role_arn" {
  description = "The destination role's ARN: the role_arn of the workload's CLI profile."
  value = aws_iam_role.destination.arn
}
