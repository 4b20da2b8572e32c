package dev.briefbot.brief;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * A folder that exists and can be read, checked as the setting is bound, so a wrong path stops start-up with Boot's
 * report naming the property and the absolute path looked at (relative paths are taken from the working directory).
 */
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = ReadableFolder.Check.class)
@interface ReadableFolder {

    /** What the folder holds, for the message: "must be a readable folder of ...". */
    String of();

    String message() default "must be a readable folder";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ReadableFolder, Path> {

        private String holds;

        @Override
        public void initialize(ReadableFolder folder) {
            holds = folder.of();
        }

        @Override
        public boolean isValid(Path folder, ConstraintValidatorContext context) {
            String problem = folder == null ? "none is set" : problem(folder.toAbsolutePath().normalize());
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            // the path goes in as a parameter, never into the template: braces in a path are not expressions
            context.unwrap(HibernateConstraintValidatorContext.class)
                    .addMessageParameter("problem", problem)
                    .buildConstraintViolationWithTemplate("must be a readable folder of " + holds + "; {problem}")
                    .addConstraintViolation();
            return false;
        }

        private static String problem(Path folder) {
            if (Files.isRegularFile(folder)) {
                return folder + " is a file";
            }
            if (!Files.isDirectory(folder)) {
                return folder + " does not exist";
            }
            return Files.isReadable(folder) && Files.isExecutable(folder) ? null
                    : folder + " cannot be read by this user";
        }
    }
}
