// One Handlebars environment per output format, each with its own escape function applied to every
// `{{value}}`, so a template is safe by default; `{{{ }}}` is kept for fragments the kit rendered itself.

import Handlebars from 'handlebars';

export type Escape = (text: string) => string;
export type Render = (context: unknown) => string;

export interface TemplateEnvironment {
  compile(source: string, name: string): Render;
  registerHelper(name: string, helper: Handlebars.HelperDelegate): void;
}

/**
 * Handlebars gives every template the module-wide `Utils.escapeExpression` when the template is set up,
 * so the format's escape is swapped in for exactly that moment (synchronously) and the global is restored.
 */
export function createEnvironment(escape: Escape): TemplateEnvironment {
  const env = Handlebars.create();
  const toText = (value: unknown): string => {
    if (value === null || value === undefined || value === false) return '';
    if (value instanceof Handlebars.SafeString) return value.toHTML();
    // Templates interpolate the view model's scalars; String() is Handlebars' own conversion.
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    return escape(String(value));
  };
  return {
    compile(source, name) {
      let spec: TemplateSpecification;
      try {
        // Handlebars types precompile()'s result as a spec, but it returns the spec's JavaScript source: evaluating
        // it gives the spec env.template() takes. The source is Handlebars' output for the kit's own templates.
        /* eslint-disable
          @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call,
          @typescript-eslint/no-base-to-string, @typescript-eslint/restrict-template-expressions,
          @typescript-eslint/no-unsafe-type-assertion */
        spec = new Function(
          `return ${env.precompile(source, { strict: true, knownHelpersOnly: false })}`,
        )() as TemplateSpecification;
        /* eslint-enable
          @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call,
          @typescript-eslint/no-base-to-string, @typescript-eslint/restrict-template-expressions,
          @typescript-eslint/no-unsafe-type-assertion */
      } catch (error) {
        throw new Error(`template ${name}: ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        });
      }
      // Utils is a namespace in Handlebars' types, so its function is swapped through Reflect rather than assigned.
      const original = Handlebars.Utils.escapeExpression;
      Reflect.set(Handlebars.Utils, 'escapeExpression', toText);
      try {
        const template = env.template(spec);
        return (context) => template(context, { allowProtoPropertiesByDefault: false });
      } finally {
        Reflect.set(Handlebars.Utils, 'escapeExpression', original);
      }
    },
    registerHelper(name, helper) {
      env.registerHelper(name, helper);
    },
  };
}

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/** Marks text that the kit produced itself (already escaped for the format) for `{{{ }}}` or a helper's return. */
export function trusted(text: string): Handlebars.SafeString {
  return new Handlebars.SafeString(text);
}
