/**
 * Pothos plugin: appends each argument's and input field's limits (input-limits.ts) to its
 * description while the schema is built, so the printed SDL, the supergraph and introspection
 * all document them. Enforcement happens on the built schema (enforceInputLimits).
 */
import SchemaBuilder, {
  BasePlugin,
  type PothosInputFieldConfig,
  type PothosInputFieldType,
  type SchemaTypes,
} from "@pothos/core";
import { describeLimits, limitsOf } from "./input-limits.js";

export class InputLimitsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onInputFieldConfig(fieldConfig: PothosInputFieldConfig<Types>): PothosInputFieldConfig<Types> {
    let type: PothosInputFieldType<Types> = fieldConfig.type;
    let isList = false;
    while (type.kind === "List") {
      isList = true;
      type = type.type;
    }
    const scalar = type.kind === "Scalar" ? this.buildCache.getTypeConfig(type.ref).name : null;
    const limits = limitsOf(scalar, isList, fieldConfig.extensions);
    return { ...fieldConfig, description: describeLimits(fieldConfig.description, limits) };
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      inputLimits: InputLimitsPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin("inputLimits", InputLimitsPlugin);

export const INPUT_LIMITS_PLUGIN = "inputLimits" as const;
