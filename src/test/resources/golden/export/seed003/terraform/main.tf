# Rolewire run 42 as Terraform, generated from the run's stored documents (what was previewed
# and approved). Source account 111122223333, destination account 555566667777.
# Order: module "source" makes (or reads) the source role first; module "destination" names
# that role in its trust policy, which IAM refuses for a role that does not exist yet, so
# the destination module takes module.source.role_arn and writes the trust only after it.
# Usage: terraform init && terraform plan (Terraform 1.5 or later, AWS provider 5 or later).

terraform {
  required_version = ">= 1.5.0"
  required_providers {
    aws = { source = "hashicorp/aws", version = ">= 5.0" }
  }
}

variable "source_deployer_role_arn" {
  description = "A role Terraform assumes to write into account 111122223333; null uses the credentials Terraform runs with."
  type = string
  default = null
}

variable "destination_deployer_role_arn" {
  description = "A role Terraform assumes to write into account 555566667777; null uses the credentials Terraform runs with."
  type = string
  default = null
}

provider "aws" {
  alias = "source"
  region = "us-east-1"
  allowed_account_ids = ["111122223333"]
  dynamic "assume_role" {
    for_each = var.source_deployer_role_arn == null ? [] : [var.source_deployer_role_arn]
    content {
      role_arn = assume_role.value
    }
  }
}

provider "aws" {
  alias = "destination"
  region = "us-east-1"
  allowed_account_ids = ["555566667777"]
  dynamic "assume_role" {
    for_each = var.destination_deployer_role_arn == null ? [] : [var.destination_deployer_role_arn]
    content {
      role_arn = assume_role.value
    }
  }
}

module "source" {
  source = "./modules/source"
  providers = { aws = aws.source }
}

module "destination" {
  source = "./modules/destination"
  source_role_arn = module.source.role_arn
  providers = { aws = aws.destination }
}

# The destination role exists: Terraform takes it over to write its trust (see modules/destination/main.tf).
import {
  to = module.destination.aws_iam_role.destination
  id = "destination-account-role"
}

output "source_role_arn" {
  description = "The source role."
  value = module.source.role_arn
}

output "destination_role_arn" {
  description = "The role the workload assumes."
  value = module.destination.role_arn
}
