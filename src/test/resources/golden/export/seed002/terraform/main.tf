# Rolewire run 42 as Terraform, generated from the run's stored documents (what was previewed
# and approved). Source account 222233334444, destination account 444455556666.
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
  description = "A role Terraform assumes to write into account 222233334444; null uses the credentials Terraform runs with."
  type = string
  default = null
}

variable "destination_deployer_role_arn" {
  description = "A role Terraform assumes to write into account 444455556666; null uses the credentials Terraform runs with."
  type = string
  default = null
}

provider "aws" {
  alias = "source"
  region = "us-east-1"
  allowed_account_ids = ["222233334444"]
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
  allowed_account_ids = ["444455556666"]
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

output "source_role_arn" {
  description = "The source role."
  value = module.source.role_arn
}

output "destination_role_arn" {
  description = "The role the workload assumes."
  value = module.destination.role_arn
}
